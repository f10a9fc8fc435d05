// The KefuEngine module; see STYLE.md for what belongs here.
