// Seeds for fuzz_booth_csv: a spreadsheet export with a BOM, quoted commas, a line break in a
// cell, Chinese text, a blank line; and lists with each kind of error.
#include "fuzz_seeds.h"

std::vector<std::string> fuzz_seeds() {
  return {
      "\xEF\xBB\xBF"
      "booth,hall,exhibitor,delegation,industry\r\n9.1E23,9.1,\"Foshan Lamps, Co.\",广东交易团,lighting\r\n"
      "11.2B05,11.2,\"Ningbo\nTools\",,\r\n\r\n",
      "booth,hall,exhibitor,delegation,industry\n9.1E23,9.1,A,,\n9.1E23,9.1,B,,\n",
      "booth,hall,exhibitor,delegation,industry\n1,2,3\n\"unclosed,9.1,x,,\n",
      "Booth , Hall,Exhibitor,Delegation,Industry\nA1,7.7,\"say \"\"hi\"\"\",d,i\n",
  };
}
