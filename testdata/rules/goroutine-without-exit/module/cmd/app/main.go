package main

import (
	applogs "example.com/gl203/logs"
	"example.com/gl203/service"
)

func main() {
	applogs.StartFlusher()
	service.NewService()
	service.Handle(3)
}
