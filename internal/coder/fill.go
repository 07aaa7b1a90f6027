package coder

import (
	"dyad/internal/model"
	"dyad/internal/ontology"
)

// fill sets the code-derived fields of ev: base and root codes, QuadClass,
// Goldstein and the PLOVER type, mode and context.
func fill(ev *model.Event) { ontology.FillEvent(ev) }
