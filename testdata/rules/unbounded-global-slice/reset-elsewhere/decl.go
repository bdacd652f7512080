package queue

var pending []int

var done []int

var replaced []string
