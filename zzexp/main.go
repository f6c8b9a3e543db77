package main

import (
	"database/sql"
	"fmt"
	"os"
	"syscall"

	_ "modernc.org/sqlite"
)

func main() {
	db, err := sql.Open("sqlite", "file:/tmp/h-pairs/r84-n.db?_pragma=cache_size(-32000)&_pragma=temp_store("+os.Args[1]+")&_txlock=immediate")
	if err != nil {
		panic(err)
	}
	db.SetMaxOpenConns(1)
	tx, err := db.Begin()
	if err != nil {
		panic(err)
	}
	for _, q := range os.Args[2:] {
		if _, err := tx.Exec(q); err != nil {
			panic(err)
		}
	}
	var ru syscall.Rusage
	syscall.Getrusage(0, &ru)
	fmt.Println(os.Args[1:], ru.Maxrss/1024, "MB")
	tx.Rollback()
}
