// float repr/str, arithmetic signs and error texts, round(), hashing.
// Expected strings come from CPython 3.11: the repr table was printed by
// python3 from 180 doubles (fixed cases plus random.seed(1234) bit patterns).
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "pyrt/object/exception.h"
#include "pyrt/object/float.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"

namespace pyrt {
namespace {

struct ReprCase {
  double value;
  const char* expected;
};

const ReprCase kReprCases[] = {
    {0x0.0p+0, "0.0"},
    {-0x0.0p+0, "-0.0"},
    {0x1.0000000000000p+0, "1.0"},
    {-0x1.0000000000000p+0, "-1.0"},
    {0x1.999999999999ap-4, "0.1"},
    {0x1.3333333333334p-2, "0.30000000000000004"},
    {0x1.1c37937e08000p+53, "1e+16"},
    {0x1.c6bf526340000p+49, "1000000000000000.0"},
    {0x1.b69b4ba630f35p+56, "1.2345678901234568e+17"},
    {0x1.a36e2eb1c432dp-14, "0.0001"},
    {0x1.4f8b588e368f1p-17, "1e-05"},
    {0x1.f75104d551d69p-17, "1.5e-05"},
    {0x0.0000000000001p-1022, "5e-324"},
    {0x1.fffffffffffffp+1023, "1.7976931348623157e+308"},
    {0x1.4000000000000p+1, "2.5"},
    {0x1.9000000000000p+6, "100.0"},
    {0x1.0f0cf064dd592p+73, "1e+22"},
    {0x1.52d02c7e14af6p+76, "1e+23"},
    {0x1.3333333333333p-2, "0.3"},
    {0x1.5555555555555p-1, "0.6666666666666666"},
    {0x1.921f9f01b866ep+1, "3.14159"},
    {0x1.34a456d5cfaadp+10, "1234.5678"},
    {HUGE_VAL, "inf"},
    {-HUGE_VAL, "-inf"},
    {0x1.0000000000000p+53, "9007199254740992.0"},
    {0x1.01f31f46ed246p-13, "0.000123"},
    {0x1.78c29dccccccdp+23, "12345678.9"},
    {0x1.249ad2594c37dp+332, "1e+100"},
    {0x1.1666666666666p+2, "4.35"},
    {0x1.0000000000000p-1, "0.5"},
    {0x1.5555555555555p-2, "0.3333333333333333"},
    {0x1.ec00000000000p+6, "123.0"},
    {0x1.ad7f29abcaf48p-24, "1e-07"},
    {-0x1.762b5edd3fe44p+19, "-766298.964508005"},
    {-0x1.9f542e935b870p+789, "-5.282246915350664e+237"},
    {-0x1.d112e6d9be4cdp+9, "-930.14767"},
    {-0x1.8183619322fedp+68, "-4.44466467378025e+20"},
    {-0x1.01058e60735fbp+19, "-526380.4492737645"},
    {-0x1.d0248fc9799a7p+159, "-1.3248935350523456e+48"},
    {-0x1.80a0a58994953p-416, "-8.878144306130779e-126"},
    {-0x1.f820c49ba5e35p+4, "-31.508"},
    {0x1.f0743175e9941p-274, "6.3888123407895965e-83"},
    {-0x1.8180000000000p+9, "-771.0"},
    {-0x1.a800000000000p+4, "-26.5"},
    {-0x1.4c15caad14268p-855, "-5.399619577064598e-258"},
    {-0x1.a551b02a04448p+19, "-862861.5051289881"},
    {-0x1.9b1236e2eb1c4p+9, "-822.1423"},
    {-0x1.aad4b45038e22p+305, "-1.0868373137039075e+92"},
    {-0x1.b4eb851eb851fp+9, "-873.84"},
    {0x1.55f89744fd392p+19, "700356.7271715275"},
    {-0x1.e9eff0773c642p+18, "-501695.75727758196"},
    {-0x1.5e3eb74113cb0p+519, "-2.348008735187852e+156"},
    {0x1.4ad2b6ae7d567p+8, "330.8231"},
    {0x1.0eaba017ad051p+343, "1.8944769724102456e+103"},
    {0x1.b2f7cb5c36ec1p+913, "1.1765308800179056e+275"},
    {-0x1.ea00000000000p+7, "-245.0"},
    {0x1.ff9fe966844aap+1010, "2.1928408866034125e+304"},
    {-0x1.d31c813484861p-789, "-5.6042031848133845e-238"},
    {0x1.1e77124ed49b1p-912, "3.2320326819621345e-275"},
    {0x1.08a0fe2d61472p+19, "541959.9430395497"},
    {-0x1.66c51eb851eb8p+9, "-717.54"},
    {-0x1.c19e980ca629ep+19, "-920820.7515440767"},
    {0x1.3d292d9ca3080p+18, "324772.71268535405"},
    {0x1.c3cdb2d665a7bp+89, "1.0923938574891393e+27"},
    {-0x1.871014cdead2ep+839, "-5.599805227510849e+252"},
    {-0x1.9c4c9c777b54bp+344, "-5.771531908574683e+103"},
    {-0x1.c02e4c660aeedp+19, "-917874.3874563851"},
    {0x1.02109f76a8c26p+19, "528516.9832347676"},
    {-0x1.352a1a8727338p+18, "-316584.4144990924"},
    {-0x1.78045e12b75b0p+15, "-48130.18373654352"},
    {0x1.69831fb8aa000p+19, "740376.9912919998"},
    {0x1.7d9147ae147aep+9, "763.135"},
    {0x1.19104189374bcp+9, "562.127"},
    {-0x1.b75f8000b9b56p+18, "-449918.00004427636"},
    {0x1.19d466a94427dp+763, "5.341133971909483e+229"},
    {-0x1.0eabff0689ae1p-901, "-6.25427609104849e-272"},
    {-0x1.f9ecdd454f1e8p+371, "-9.50549597147081e+111"},
    {-0x1.e12c4b3d57408p+17, "-246360.5878094735"},
    {-0x1.e91999999999ap+8, "-489.1"},
    {-0x1.7ea88fe3abe88p+19, "-783684.4965419332"},
    {0x1.35f3333333333p+9, "619.9"},
    {0x1.97fd70a3d70a4p+9, "815.98"},
    {-0x1.9a460d911b0dcp+371, "-7.708360997833082e+111"},
    {-0x1.6105604189375p+8, "-353.021"},
    {-0x1.ad39db22d0e56p+9, "-858.452"},
    {-0x1.008d80c386144p+593, "-3.248808636129819e+178"},
    {0x1.284a8b68d154cp+19, "606804.3565451293"},
    {-0x1.21dc481b81040p+327, "-3.095691087036215e+98"},
    {-0x1.da947caf4a2a1p+749, "-5.489543668904872e+225"},
    {0x1.f267ae147ae14p+9, "996.81"},
    {-0x1.a79b19528b62ap+19, "-867544.7913262297"},
    {0x1.5c26ada65b3d2p+19, "713013.4265571779"},
    {-0x1.26ccccccccccdp+7, "-147.4"},
    {0x1.17176658aa25dp-226, "1.0109448804978585e-68"},
    {0x1.82722d0e56042p+9, "772.892"},
    {-0x1.07ab851eb851fp+9, "-527.34"},
    {-0x1.1bbce83d9479cp+573, "-3.4266119798616976e+172"},
    {-0x1.3b4e2eb1c432dp+7, "-157.6527"},
    {0x1.087574d4142f8p-776, "2.599210455060107e-234"},
    {0x1.0c497ee5091e0p+16, "68681.49568230612"},
    {0x1.8cef21e126698p+19, "812921.0587341366"},
    {-0x1.b8ccccccccccdp+5, "-55.1"},
    {-0x1.f9fe20c4e7af8p-514, "-3.6854158896511223e-155"},
    {0x1.a0926ece37d77p-430, "5.868836057819465e-130"},
    {-0x1.ae40000000000p+9, "-860.5"},
    {-0x1.1c60e006fd424p-334, "-3.174227993820742e-101"},
    {-0x1.b700000000000p+9, "-878.0"},
    {0x1.f8529ea60312bp-135, "4.5229226987175997e-41"},
    {0x1.57c976eca2ba0p+580, "5.3143105957415625e+174"},
    {-0x1.5f2d90c0ad03ep+8, "-351.17799"},
    {0x1.aa29175bf56e2p+19, "872776.7299754287"},
    {0x1.24df70bcc9550p+16, "74975.44038065267"},
    {-0x1.308b223e1ad08p+17, "-155926.26752028638"},
    {0x1.3700000000000p+7, "155.5"},
    {-0x1.972147ae147aep+9, "-814.26"},
    {-0x1.5e8dfac30fa3cp+17, "-179483.95907779213"},
    {-0x1.bf00000000000p+8, "-447.0"},
    {-0x1.f29999999999ap+7, "-249.3"},
    {0x1.a656514214cd0p+18, "432473.2696582796"},
    {-0x1.96a3d70a3d70ap+7, "-203.32"},
    {-0x1.053bb9f55c47cp+19, "-535005.8112012292"},
    {-0x1.46d5d2e5aa12cp+19, "-669358.5905351988"},
    {-0x1.e5e3e81f4e8dbp+19, "-995103.2538216369"},
    {-0x1.9a314725e15e4p+17, "-210018.55584351637"},
    {0x1.4dda1f255d624p+19, "683728.9733111304"},
    {-0x1.330d3794ba012p+19, "-628841.7369051"},
    {-0x1.60a3d70a3d70ap+5, "-44.08"},
    {-0x1.04f2f837b4a23p+8, "-260.9491"},
    {-0x1.1f0b013def532p+19, "-587864.038810408"},
    {0x1.f0347e28240b8p+9, "992.4101"},
    {0x1.28a9793d2ab42p+19, "607563.7887166517"},
    {0x1.3831988a20664p+18, "319686.3834305762"},
    {-0x1.0000000000000p+6, "-64.0"},
    {-0x1.184f95ddbb589p+898, "-2.3138547687439344e+270"},
    {-0x1.a89dd0e464644p+19, "-869614.5278799017"},
    {-0x1.5af18e363bad9p+637, "-7.729050118249794e+191"},
    {-0x1.5070a3d70a3d7p+8, "-336.44"},
    {-0x1.89524023645eap+18, "-402761.00216016045"},
    {0x1.4c45c91d14e3cp+7, "166.1363"},
    {0x1.e884341e81950p+16, "125060.20359048736"},
    {0x1.3a48f5c28f5c3p+9, "628.57"},
    {-0x1.ed7e488b66e13p-231, "-5.5861461275224806e-70"},
    {-0x1.27ffbb2fec56dp+9, "-591.9979"},
    {0x1.944310940d296p+19, "827928.5180726822"},
    {-0x1.c61819c6223b6p+18, "-464992.40271812247"},
    {0x1.64eb439581062p+7, "178.4595"},
    {0x1.8e662d2fabde3p-19, "2.968304805360304e-06"},
    {-0x1.f47e4521d896cp+17, "-256252.54009539948"},
    {0x1.007476500aee5p-870, "1.2725500130797888e-262"},
    {0x1.eab3333333333p+9, "981.4"},
    {-0x1.5930a3d70a3d7p+9, "-690.38"},
    {-0x1.2124f0d844d01p+8, "-289.1443"},
    {-0x1.3e2f2d814ac0fp+40, "-1366591111498.7537"},
    {-0x1.d1f78686f9f91p+18, "-477150.1019883091"},
    {0x1.8fe7ac9909320p+19, "819005.3936811425"},
    {-0x1.ecdd75905f56ap-1006, "-2.8074526577943855e-303"},
    {-0x1.5af29a7344d09p+658, "-1.62091841357543e+198"},
    {-0x1.5cd90aec8cc04p-675, "-8.69258564870653e-204"},
    {0x1.620fab2bc09eap+19, "725117.3490908716"},
    {0x1.cfc72299bd8fdp+934, "2.630788944298896e+281"},
    {0x1.6938cf6111010p+18, "369891.2402994642"},
    {0x1.c233333333333p+9, "900.4"},
    {0x1.ea00000000000p+7, "245.0"},
    {-0x1.1125a88099c38p+816, "-4.662652981881736e+245"},
    {0x1.c4b7eb04bf9c4p-351, "3.8553137862525886e-106"},
    {0x1.fce048beb5b2dp+8, "508.87611"},
    {0x1.58e6542da53cep+19, "706354.6305719556"},
    {-0x1.6a617fa0e7e5bp+19, "-742155.9883918272"},
    {0x1.08aee631f8a09p+7, "132.3416"},
    {0x1.5800000000000p+9, "688.0"},
    {-0x1.a53415286626ap+19, "-862624.6611815218"},
    {0x1.00bcc3834c954p+19, "525798.1097777286"},
    {-0x1.6e00000000000p+7, "-183.0"},
    {0x1.bfd1eb851eb85p+7, "223.91"},
    {-0x1.2bccd9f8da460p+218, "-4.9332259701485725e+65"},
    {-0x1.54d9a589faaa2p+778, "-2.1167042983589573e+234"},
    {0x1.7a1ae147ae148p+8, "378.105"},
    {-0x1.c000000000000p+3, "-14.0"},
    {-0x1.5459672b515cap+230, "-2.2939492755352806e+69"},
    {0x1.ccc9ed40e8a11p+177, "3.4480309823903175e+53"},
    {0x1.a33ae0be8086cp+19, "858583.0232546455"},
    {-0x1.a74957c747612p-299, "-1.623400757584237e-90"},
    {-0x1.0200000000000p+9, "-516.0"},
};

TEST(FloatRepr, ShortestRoundTripMatchesCPython) {
  for (const ReprCase& c : kReprCases) {
    EXPECT_EQ(float_repr_text(c.value), c.expected) << std::hexfloat << c.value;
    EXPECT_EQ(repr_text(Object::from_float(c.value)), c.expected);
  }
}

TEST(FloatRepr, NanPrintsAsNan) { EXPECT_EQ(float_repr_text(NAN), "nan"); }

std::string error_text(void (*f)()) {
  try {
    f();
  } catch (PyException& e) {
    return std::string(type_name(e.value)) + ": " + str_text(e.value);
  }
  return "no error";
}

TEST(FloatArithmetic, FloorDivisionAndModuloFollowTheDivisorsSign) {
  // python3: -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -0.0 % 5
  EXPECT_EQ(repr_text(binary_op(BinaryOp::FloorDiv, Object::from_float(-7.5), Object::from_int(2))), "-4.0");
  EXPECT_EQ(repr_text(binary_op(BinaryOp::Mod, Object::from_float(-7.5), Object::from_int(2))), "0.5");
  EXPECT_EQ(repr_text(binary_op(BinaryOp::FloorDiv, Object::from_float(7.5), Object::from_int(-2))), "-4.0");
  EXPECT_EQ(repr_text(binary_op(BinaryOp::Mod, Object::from_float(7.5), Object::from_int(-2))), "-0.5");
  EXPECT_EQ(repr_text(binary_op(BinaryOp::Mod, Object::from_float(-0.0), Object::from_int(5))), "0.0");
}

TEST(FloatArithmetic, ZeroDivisionMessagesMatchCPython) {
  EXPECT_EQ(error_text([] { binary_op(BinaryOp::Div, Object::from_float(1.0), Object::from_int(0)); }),
            "ZeroDivisionError: float division by zero");
  EXPECT_EQ(error_text([] { binary_op(BinaryOp::FloorDiv, Object::from_float(1.0), Object::from_int(0)); }),
            "ZeroDivisionError: float floor division by zero");
  EXPECT_EQ(error_text([] { binary_op(BinaryOp::Mod, Object::from_float(1.0), Object::from_float(0.0)); }),
            "ZeroDivisionError: float modulo");
  EXPECT_EQ(error_text([] { binary_op(BinaryOp::Div, Object::from_int(1), Object::from_int(0)); }),
            "ZeroDivisionError: division by zero");
  EXPECT_EQ(error_text([] { binary_op(BinaryOp::FloorDiv, Object::from_int(1), Object::from_int(0)); }),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(error_text([] { binary_op(BinaryOp::Mod, Object::from_int(1), Object::from_int(0)); }),
            "ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(error_text([] { binary_op(BinaryOp::Pow, Object::from_int(0), Object::from_int(-1)); }),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(error_text([] { binary_op(BinaryOp::Pow, Object::from_float(10.0), Object::from_int(400)); }),
            "OverflowError: (34, 'Numerical result out of range')");
}

TEST(FloatRound, UsesBankersRoundingAndCorrectlyRoundedNdigits) {
  // python3: round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2), round(1234.5, -1),
  //          round(-0.4, 0), round(1e300, 2)
  EXPECT_EQ(repr_text(float_round(2.5)), "2");
  EXPECT_EQ(repr_text(float_round(3.5)), "4");
  EXPECT_EQ(repr_text(float_round(-0.5)), "0");
  EXPECT_EQ(repr_text(float_round_ndigits(0.125, 2)), "0.12");
  EXPECT_EQ(repr_text(float_round_ndigits(2.675, 2)), "2.67");
  EXPECT_EQ(repr_text(float_round_ndigits(1234.5, -1)), "1230.0");
  EXPECT_EQ(repr_text(float_round_ndigits(-0.4, 0)), "-0.0");
  EXPECT_EQ(repr_text(float_round_ndigits(1e300, 2)), "1e+300");
}

TEST(FloatCompare, IntAndFloatComparisonsAreExact) {
  // 2**53 + 1 != float(2**53 + 1) in CPython; 2**53 == 2.0**53.
  Object big = int_from_digits("9007199254740993");
  EXPECT_FALSE(compare_bool(CmpOp::Eq, big, Object::from_float(9007199254740992.0)));
  EXPECT_TRUE(compare_bool(CmpOp::Gt, big, Object::from_float(9007199254740992.0)));
  EXPECT_TRUE(compare_bool(CmpOp::Eq, int_from_digits("9007199254740992"), Object::from_float(9007199254740992.0)));
  EXPECT_FALSE(compare_bool(CmpOp::Eq, Object::from_float(NAN), Object::from_float(NAN)));
  EXPECT_TRUE(compare_bool(CmpOp::Lt, int_from_digits("100000000000000000000000"), Object::from_float(HUGE_VAL)));
}

TEST(FloatParse, AcceptsCPythonSpellingsAndRejectsOthers) {
  EXPECT_EQ(float_from_string(" 1_000.5 "), 1000.5);
  EXPECT_TRUE(std::isinf(float_from_string("-Infinity")));
  EXPECT_TRUE(std::isnan(float_from_string("nan")));
  try {
    float_from_string("1__0");
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "could not convert string to float: '1__0'");
  }
}

}  // namespace
}  // namespace pyrt
