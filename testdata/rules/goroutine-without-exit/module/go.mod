module example.com/gl203

go 1.22
