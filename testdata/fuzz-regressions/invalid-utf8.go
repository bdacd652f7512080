package p

import "net/http"

func f(ÿş u string) { http.Get(uÃ) }
