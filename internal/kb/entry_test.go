package kb

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		s    string
		end  bool
		want int32
		bad  bool
	}{
		{"2024", false, 20240101, false},
		{"2024", true, 20241231, false},
		{"2024-02", true, 20240229, false},
		{"2023-02", true, 20230228, false},
		{"2024-03-19", true, 20240319, false},
		{"", true, openEnd, false},
		{"", false, 0, false},
		{"2024-13", false, 0, true},
		{"2023-02-29", false, 0, true},
		{"24-01-01", false, 0, true},
		{"2024-01-01-01", false, 0, true},
		{"2024-1-01", false, 0, true},
	}
	for _, tc := range tests {
		got, err := parseDate(tc.s, tc.end)
		if (err != nil) != tc.bad || (!tc.bad && got != tc.want) {
			t.Errorf("parseDate(%q, %v) = %d, %v; want %d, bad=%v", tc.s, tc.end, got, err, tc.want, tc.bad)
		}
	}
}

func TestCodeAt(t *testing.T) {
	e := &Entry{Kind: "person", Country: "ISR", Roles: []Role{
		{Code: "ISRGOV", From: 20090331, To: 20210613},
		{Code: "ISROPP", From: 20210614, To: 20221228},
		{Code: "ISRGOV", From: 20221229, To: openEnd},
	}}
	for _, tc := range []struct {
		d    int32
		want string
	}{
		{20000101, "ISR"}, {20150101, "ISRGOV"}, {20220615, "ISROPP"}, {20240319, "ISRGOV"},
	} {
		if got, _ := e.CodeAt(tc.d); got != tc.want {
			t.Errorf("CodeAt(%d) = %s, want %s", tc.d, got, tc.want)
		}
	}
	e.Roles = e.Roles[:1]
	if got, _ := e.CodeAt(20240101); got != "ISRELI" {
		t.Errorf("after the last role: %s, want ISRELI", got)
	}
	e.After = "ISROPP"
	if got, _ := e.CodeAt(20240101); got != "ISROPP" {
		t.Errorf("after: field ignored: %s", got)
	}
}
