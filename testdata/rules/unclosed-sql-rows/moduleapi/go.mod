module example.com/sqlapi

go 1.22
