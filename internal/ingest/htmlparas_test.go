package ingest

import "testing"

func TestRestoreParagraphs(t *testing.T) {
	const (
		a = "Ministers from Chile and Peru met in Lima to settle the fishing dispute."
		b = "Peru agreed to reopen its ports to Chilean trawlers from next month."
		c = "Both sides said a joint patrol would start in the spring."
	)
	page := "<html><head><title>Fishing deal</title></head><body><article><p>" + a + "</p><p>" + b + "</p><p>" + c + "</p></article></body></html>"
	tests := []struct {
		name, text, title, want string
	}{
		{"glued without space", a + b + "\n\n" + c, "Fishing deal", a + "\n\n" + b + "\n\n" + c},
		{"glued with space", a + " " + b + " " + c, "Fishing deal", a + "\n\n" + b + "\n\n" + c},
		{"already split", a + "\n\n" + b, "Fishing deal", a + "\n\n" + b},
		{"title-led repeat", a + "\n\nFishing deal " + a, "Fishing deal", a},
		{"plain repeat stays", a + "\n\n" + a, "Fishing deal", a + "\n\n" + a},
		{"not the page's paragraphs", "Something else entirely.\n\n" + c, "Fishing deal", "Something else entirely.\n\n" + c},
		{"part of a paragraph is not split", a + " Peru agreed", "Fishing deal", a + " Peru agreed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := restoreParagraphs(tc.text, []byte(page), tc.title); got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}
