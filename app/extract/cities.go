package extract

import "strings"

// cities supplements the gazetteer (countries, capitals) with the big
// non-capital cities and seats where meetings are often held, so that
// "à New York" or "in Osaka" gives the setting. Folded names.
var cities = map[string]string{
	"new york": "USA", "new york city": "USA", "san francisco": "USA", "los angeles": "USA",
	"maison-blanche": "USA", "maison blanche": "USA", "white house": "USA", "honolulu": "USA",
	"osaka": "JPN", "kyoto": "JPN", "hiroshima": "JPN", "yokohama": "JPN", "nagoya": "JPN",
	"glasgow": "GBR", "geneve": "CHE", "geneva": "CHE", "shanghai": "CHN", "guangzhou": "CHN",
	"nanning": "CHN", "kunming": "CHN", "hong kong": "CHN", "busan": "KOR", "incheon": "KOR",
	"ho chi minh-ville": "VNM", "ho chi minh city": "VNM", "hcm-ville": "VNM", "da nang": "VNM",
	"danang": "VNM", "hai phong": "VNM", "haiphong": "VNM", "ha long": "VNM", "hue": "VNM",
	"can tho": "VNM", "nha trang": "VNM", "quang ninh": "VNM", "mariel": "CUB",
	"santiago de cuba": "CUB", "luang prabang": "LAO", "siem reap": "KHM",
	"saint-petersbourg": "RUS", "saint petersburg": "RUS", "sochi": "RUS", "vladivostok": "RUS",
	"kazan": "RUS", "sydney": "AUS", "melbourne": "AUS", "mumbai": "IND", "bombay": "IND",
	"istanbul": "TUR", "dubai": "ARE", "doubai": "ARE", "johannesburg": "ZAF", "durban": "ZAF",
	"le cap": "ZAF", "cape town": "ZAF", "rio de janeiro": "BRA", "sao paulo": "BRA",
	"davos": "CHE", "bali": "IDN", "surabaya": "IDN", "penang": "MYS", "chiang mai": "THA",
	"pattaya": "THA", "phuket": "THA", "cebu": "PHL", "francfort": "DEU", "frankfurt": "DEU",
	"munich": "DEU", "hambourg": "DEU", "hamburg": "DEU", "marseille": "FRA", "lyon": "FRA",
	"milan": "ITA", "barcelone": "ESP", "barcelona": "ESP", "toronto": "CAN", "vancouver": "CAN",
	"montreal": "CAN", "sharm el-sheikh": "EGY", "charm el-cheikh": "EGY", "djeddah": "SAU",
	"jeddah": "SAU",
}

// vnProvinces are Vietnam's provinces and centrally-run cities, folded: a
// provincial leader who receives a foreign delegation "à Nghe An" hosts
// it.
var vnProvinces = wordSet(`an-giang ba-ria-vung-tau bac-giang bac-kan bac-lieu bac-ninh ben-tre
	binh-dinh binh-duong binh-phuoc binh-thuan ca-mau cao-bang dak-lak dak-nong dien-bien
	dong-nai dong-thap gia-lai ha-giang ha-nam ha-tinh hai-duong hau-giang hoa-binh hung-yen
	khanh-hoa kien-giang kon-tum lai-chau lam-dong lang-son lao-cai long-an nam-dinh nghe-an
	ninh-binh ninh-thuan phu-tho phu-yen quang-binh quang-nam quang-ngai quang-tri soc-trang
	son-la tay-ninh thai-binh thai-nguyen thanh-hoa thua-thien-hue tien-giang tra-vinh
	tuyen-quang vinh-long vinh-phuc yen-bai dak-lak daklak`)

func init() {
	for p := range vnProvinces {
		name := strings.ReplaceAll(p, "-", " ")
		if _, ok := cities[name]; !ok {
			cities[name] = "VNM"
		}
	}
}
