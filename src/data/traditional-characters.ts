// Characters written only in traditional Chinese, frequent in government prose. A page where
// they are common was served through a traditional-character gateway (big5 mirrors, 繁体 switches
// of government sites) and is read as its simplified original (src/read/script.ts). None of
// them is a simplified character, so a simplified report never counts any: the check needs no
// converter, which is loaded only for a page that passes it.
// Source: OpenCC's TSCharacters table (the characters it changes), the most frequent in the
// reports' vocabulary (法治政府建設, 習近平法治思想, 領導, 責任, 執法, 監督, 審查 …).
export const TRADITIONAL_ONLY =
  '設習實區導進為務執學會領貫責關徹黨動項辦堅報時東將議況專體組國範圍環點業義題訓級職隊綜農軍續開發應調現緊規門綱繞復強論納劃與機優內場員權單總結負創個監協確舉傳屆態踐講壓臺決帶爭營對' +
  '審層質糾認斷擴頭讓書記話階謀揮廣視滿標準處罰鍵數絕蓋計錯過嚴們這來說從後裡還經濟縣鄉鎮種樣麼於產據條衛護辭讀當屬際達風險預問約費稅價買賣雙歷隨聽觀聯係邊遠';

/** At least this many such characters, and at least this share of the Han characters. */
export const TRADITIONAL_MIN_COUNT = 5;
export const TRADITIONAL_MIN_SHARE = 0.03;
