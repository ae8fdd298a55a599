package examples_test

import (
	"bufio"
	"fmt"
	"io/fs"

	"github.com/samkart/samkart/examples"
	_ "github.com/samkart/samkart/graph/graphtest" // defines -update, which go test ./... -update passes here too
)

func ExampleNames() {
	fmt.Println(examples.Names())
	fmt.Println(examples.Default)
	// Output:
	// [excel kommune krackhardt region survey]
	// kommune
}

func ExampleFS() {
	// A dataset folder as an fs.FS, for example for a loader that reads
	// from one.
	kommune, err := fs.Sub(examples.FS, examples.Default)
	if err != nil {
		panic(err)
	}
	f, err := kommune.Open("units.csv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for i := 0; i < 3 && sc.Scan(); i++ {
		fmt.Println(sc.Text())
	}
	// Output:
	// id,name,agency,level,municipality,region,parent
	// HB,Husbanken hovedkontor,Husbanken,1,,,
	// IMDI,Integrerings- og mangfoldsdirektoratet (IMDi),IMDi,1,,,
}
