// The KefuTerminal module; see STYLE.md for what belongs here.
