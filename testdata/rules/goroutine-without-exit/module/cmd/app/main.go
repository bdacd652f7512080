package main

import (
	"example.com/gl203/service"
	shimlib "example.com/gl203/shim"
)

func main() {
	service.NewService()
	service.Handle(3)
	shimlib.Run()
}
