// The KefuRecords module; see STYLE.md for what belongs here.
