module example.com/oncesend

go 1.22
