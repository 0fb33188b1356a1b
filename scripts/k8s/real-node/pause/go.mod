module chaos-action.local/pause

go 1.26.0
