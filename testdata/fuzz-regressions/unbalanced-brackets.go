package p
func f() { x := ((((( go func() { defer resp.Body.Close( } ]]] }
