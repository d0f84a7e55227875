package ingest

import "testing"

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Le ministre des Affaires étrangères a reçu mardi l’ambassadeur du Japon, avec qui il a évoqué la coopération dans les domaines de l’énergie et de l’éducation.", "fr"},
		{"Les deux parties sont convenues de renforcer leurs échanges.", "fr"},
		{"The foreign minister received the Japanese ambassador on Tuesday and they discussed cooperation in energy and education.", "en"},
		{"It was the first visit by a head of state from that country since the two nations established relations.", "en"},
		{"Bộ trưởng Bộ Ngoại giao đã tiếp Đại sứ Nhật Bản và hai bên đã trao đổi về hợp tác trong lĩnh vực năng lượng và giáo dục.", "vi"},
		{"Thủ tướng Chính phủ tiếp đoàn đại biểu của Quốc hội Lào tại Hà Nội.", "vi"},
		{"El ministro de Asuntos Exteriores recibió el martes al embajador de Japón, con quien habló de la cooperación en los sectores de la energía y la educación.", "es"},
		{"Los dos países firmaron un acuerdo para ampliar sus intercambios comerciales.", "es"},
		// too little evidence
		{"", ""},
		{"Hanoi", ""},
		{"Vietnam - Cuba", ""},
		{"12 345 678", ""},
		// French with Vietnamese names stays French
		{"Le secrétaire général Nguyễn Phú Trọng a reçu le président du Laos à Hà Nội, et les deux dirigeants ont passé en revue la coopération entre leurs pays.", "fr"},
	}
	for _, tc := range tests {
		if got := DetectLanguage(tc.text); got != tc.want {
			t.Errorf("DetectLanguage(%.50q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestDetectLanguageSeeds(t *testing.T) {
	for _, seed := range []string{"000", "001", "002", "003", "004"} {
		page, err := Normalize(readSeed(t, seed))
		if err != nil {
			t.Fatal(err)
		}
		if got := DetectLanguage(page); got != "fr" {
			t.Errorf("seed %s: DetectLanguage = %q, want fr", seed, got)
		}
	}
}
