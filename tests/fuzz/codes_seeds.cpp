// Seeds for fuzz_codes: a real signed sticker, patent numbers in their typed forms, GTINs.
#include "codes/booth_sticker.h"
#include "fuzz_seeds.h"

std::vector<std::string> fuzz_seeds() {
  const fg::KeyPair bureau = fg::KeyPair::from_seed(fg::Bytes(32, 0xb0));
  return {fg::make_booth_sticker("CF138", "11.2", "11.2B05", bureau),
          "fgb1:cf138:9.1:9.1E23:" + std::string(103, 'a'),
          "ZL 2023 1 0123456.7",
          "专利号：ZL202310123456.7",
          "２０２３１０１２３４５６７",
          "CN107357842A",
          "98.123456.X",
          "4006381333931",
          "]C101040063813339311725123110ABC123",
          "01234565"};
}
