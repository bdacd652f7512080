module example.com/selectforever

go 1.22
