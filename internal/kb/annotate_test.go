package kb

import (
	"strings"
	"testing"
)

func defaultKB(t testing.TB) *KB {
	t.Helper()
	k, err := LoadDefault()
	if err != nil {
		t.Fatalf("LoadDefault: %v", err)
	}
	return k
}

// find returns the codes of the actors whose text contains sub.
func codesOf(text string, acts []interface{ GetCode() string }) {}

func TestAnnotateDefault(t *testing.T) {
	k := defaultKB(t)
	tests := []struct {
		date, text string
		want       map[string]string // mention text → code; "" key unused
	}{
		// dated resolution
		{"2024-03-19", "Former White House press secretary Sean Spicer accused the president.", map[string]string{"Former White House press secretary Sean Spicer": "USAELI"}},
		{"2024-03-19", "President Joe Biden criticised the plan.", map[string]string{"President Joe Biden": "USAGOV"}},
		{"2025-06-01", "President Joe Biden criticised the plan.", map[string]string{"President Joe Biden": "USAELI"}},
		{"2022-06-15", "Netanyahu attacked the coalition.", map[string]string{"Netanyahu": "ISROPP"}},
		{"2024-03-19", "Netanyahu defied the calls.", map[string]string{"Netanyahu": "ISRGOV"}},
		{"2019-05-01", "Trump spoke.", map[string]string{"Trump": "USAGOV"}},
		{"2023-05-01", "Trump spoke.", map[string]string{"Trump": "USAELI"}},
		{"2025-06-01", "Trump spoke.", map[string]string{"Trump": "USAGOV"}},
		{"2024-03-19", "The former prime minister Benjamin Netanyahu spoke.", map[string]string{"former prime minister Benjamin Netanyahu": "ISRELI"}},
		{"2023-03-01", "Opposition leader Yair Lapid spoke.", map[string]string{"Opposition leader Yair Lapid": "ISROPP"}},
		{"2024-10-01", "Hezbollah leader Hassan Nasrallah was killed.", map[string]string{"Hezbollah leader Hassan Nasrallah": "LBNREBHEZ"}},
		{"2025-02-01", "Syrian President Ahmed al-Sharaa met envoys.", map[string]string{"Syrian President Ahmed al-Sharaa": "SYRGOV"}},
		{"2023-02-01", "HTS leader Abu Mohammad al-Jolani spoke.", map[string]string{"HTS leader Abu Mohammad al-Jolani": "SYRREBHTS"}},
		{"2025-03-01", "Assad fled.", map[string]string{"Assad": "SYRELI"}},
		{"2024-09-01", "Iranian Foreign Minister Abbas Araghchi said talks would continue.", map[string]string{"Iranian Foreign Minister Abbas Araghchi": "IRNGOV"}},
		// agents with country words and possessives
		{"2024-03-19", "Israeli troops entered the town.", map[string]string{"Israeli troops": "ISRMIL"}},
		{"2024-03-19", "Israel's army said it struck.", map[string]string{"Israel's army": "ISRMIL"}},
		{"2024-03-19", "Gaza's health ministry said 30 died.", map[string]string{"Gaza's health ministry": "PSEGOVHLH"}},
		{"2024-03-19", "The Egyptian foreign minister arrived.", map[string]string{"Egyptian foreign minister": "EGYGOV"}},
		{"2024-03-19", "The U.N. human rights chief warned of war crimes.", map[string]string{"U.N. human rights chief": "IGOUNOHRI"}},
		{"2024-03-19", "The militant group Hamas rejected it.", map[string]string{"militant group Hamas": "PSEREBHMS"}},
		{"2024-03-19", "Israeli settlers attacked a village.", map[string]string{"Israeli settlers": "ISRSET"}},
		{"2024-03-19", "Police arrested dozens.", map[string]string{"Police": "COP"}},
		// office of a country, the formal way round
		{"2022-03-01", "President of Ukraine Volodymyr Zelenskyy met the envoy.", map[string]string{"President of Ukraine Volodymyr Zelenskyy": "UKRGOV"}},
		{"2022-03-01", "The Prime Minister of Finland arrived.", map[string]string{"Prime Minister of Finland": "FINGOV"}},
		{"2022-03-01", "The President of the United States spoke.", map[string]string{"President of the United States": "USAGOV"}},
		{"2022-03-01", "The people of Ukraine marched.", map[string]string{"people of Ukraine": "UKRCVL"}},
		{"2022-03-01", "The mayor of Kyiv spoke.", map[string]string{"mayor": "GOV", "Kyiv": "UKRGOV"}},
		// armed men the report does not name
		{"2024-03-19", "A suicide bomber struck a market.", map[string]string{"suicide bomber": "REB"}},
		{"2024-03-19", "Unknown assailants shot the mayor.", map[string]string{"Unknown assailants": "UAF"}},
		{"2024-03-19", "An attacker stabbed two guards.", map[string]string{"attacker": "UAF"}},
		{"2024-03-19", "A Syrian attacker wounded a soldier.", map[string]string{"Syrian attacker": "SYRUAF"}},
		{"2024-03-19", "Hijackers seized a ferry.", map[string]string{"Hijackers": "CRM"}},
		{"2024-03-19", "Bombers flew over the capital.", nil},
		// plurals, metonyms, acronym case
		{"2024-03-19", "Israelis and Palestinians marched.", map[string]string{"Israelis": "ISR", "Palestinians": "PSE"}},
		{"2024-03-19", "The Kremlin denied it and Washington objected.", map[string]string{"Kremlin": "RUSGOV", "Washington": "USAGOV"}},
		{"2024-03-19", "The Pentagon said Kyiv and Kiev were the same.", map[string]string{"Pentagon": "USAMIL", "Kyiv": "UKRGOV", "Kiev": "UKRGOV"}},
		{"2024-03-19", "Fires broke out in the Kyiv region and Moscow Oblast.", nil},
		{"2024-03-19", "The US and the UN spoke.", map[string]string{"US": "USA", "UN": "IGOUNO"}},
		{"2024-03-19", "He told us it is over.", nil},
		{"2024-03-19", "IS claimed the attack.", map[string]string{"IS": "IMGMOSISI"}},
		{"2024-03-19", "Houthi rebels fired missiles.", map[string]string{"Houthi rebels": "YEMREBHTH"}},
		{"2024-03-19", "They had turkey and chad for dinner in jordan.", nil},
		{"2021-01-01", "The Taliban attacked a checkpoint.", map[string]string{"Taliban": "AFGREBTAL"}},
		{"2022-01-01", "The Taliban banned girls' schools.", map[string]string{"Taliban": "AFGGOVTAL"}},
		{"2024-03-19", "He lives in New Mexico.", nil},
		{"2024-06-01", "Ex-president Donald Trump spoke.", map[string]string{"Ex-president Donald Trump": "USAELI"}},
		{"2024-06-01", "Lebanon's Hezbollah fired rockets.", map[string]string{"Lebanon's Hezbollah": "LBNREBHEZ"}},
		{"2024-06-01", "The Israeli military spokesman denied it.", map[string]string{"Israeli military spokesman": "ISRMIL"}},
		{"2024-06-01", "U.S. Secretary of State Antony Blinken arrived.", map[string]string{"U.S. Secretary of State Antony Blinken": "USAGOV"}},
		{"2025-06-01", "Secretary of State Marco Rubio arrived.", map[string]string{"Secretary of State Marco Rubio": "USAGOV"}},
		{"2025-06-01", "Israeli Defense Minister Israel Katz said so.", map[string]string{"Israeli Defense Minister Israel Katz": "ISRGOV"}},
		{"2025-03-01", "Israel killed Sinwar in Rafah.", map[string]string{"Israel": "ISR", "Sinwar": "PSEREBHMS"}},
		{"2024-11-15", "Naim Qassem gave a speech.", map[string]string{"Naim Qassem": "LBNREBHEZ"}},
		{"2024-06-01", "Prigozhin's mutiny failed.", map[string]string{"Prigozhin": "RUSMILWGR"}},
		{"2024-06-01", "Keir Starmer led the opposition.", map[string]string{"Keir Starmer": "GBROPP"}},
		{"2024-08-01", "Keir Starmer spoke.", map[string]string{"Keir Starmer": "GBRGOV"}},
		{"2025-04-01", "Carney and Merz met.", map[string]string{"Carney": "CANGOV", "Merz": "DEUOPP"}},
		{"2024-06-01", "Pezeshkian won and Volker Türk spoke.", map[string]string{"Pezeshkian": "IRNLEG", "Volker Türk": "IGOUNOHRI"}},
		{"2025-02-01", "Abu Mohammad al-Jolani met Asaad al-Shaibani.", map[string]string{"Abu Mohammad al-Jolani": "SYRGOV", "Asaad al-Shaibani": "SYRGOV"}},
		{"2024-06-01", "Putin's army and Netanyahu's spokesman spoke.", map[string]string{"Putin's army": "RUSMIL", "Netanyahu's spokesman": "ISRGOV"}},
		{"2024-03-19", "Biden criticised Netanyahu's military strategy.", map[string]string{"Netanyahu": "ISRGOV"}},
		{"2024-03-19", "They condemned such military actions.", nil},
		{"2024-06-01", "Iran-backed Houthis attacked ships.", map[string]string{"Houthis": "YEMREBHTH"}},
		{"2024-06-01", "Pro-Russian separatists and anti-government protesters clashed.", map[string]string{"Pro-Russian separatists": "UKRREBDPR", "protesters": "CVL"}},
		{"2024-06-01", "Hemedti's RSF fought Burhan's army.", map[string]string{"Hemedti": "SDNREBRSF", "RSF": "SDNREBRSF", "Burhan's army": "SDNMIL"}},
	}
	for _, tc := range tests {
		acts, s := actorsOf(t, k, tc.date, tc.text)
		got := map[string]string{}
		for _, a := range acts {
			got[a.Span.Text(tc.text)] = a.Code
		}
		for m, code := range tc.want {
			found := false
			for span, c := range got {
				if strings.Contains(span, m) || span == m {
					found = true
					if c != code {
						t.Errorf("%s %q: %q coded %s, want %s (all: %v)", tc.date, tc.text, span, c, code, got)
					}
				}
			}
			if !found {
				t.Errorf("%s %q: no actor for %q (got %v; discarded %q)", tc.date, tc.text, m, got, s.Discarded)
			}
		}
		if tc.want == nil && len(got) > 0 {
			t.Errorf("%q: want no actors, got %v", tc.text, got)
		}
	}
}
