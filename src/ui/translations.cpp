#include "ui/translations.hpp"

#include <cctype>
#include <string_view>
#include <unordered_map>

namespace facet::ui {
namespace {

// Chinese as a Shuibei or Panyu shop would write it: 成色 for the alloy, 港码 / 内地码 for sizes,
// 爪 for prongs, 主石 / 副石 for centre and side stones.
constexpr Translation kTranslations[] = {
    // sections and labels
    {"Metal", "金属"},
    {"Alloy", "成色"},
    {"Finish", "表面"},
    {"Plating", "电镀"},
    {"Ring size", "戒指尺寸"},
    {"System", "尺码制"},
    {"Size", "尺码"},
    {"Band", "戒臂"},
    {"Engraving", "刻字"},
    {"Text", "文字"},
    {"Add a name or a date", "可刻名字或日期"},
    {"Up to 64 letters, digits or common Chinese characters", "最多 64 个字母、数字或常用汉字"},
    {"Location", "位置"},
    {"Letter height", "字高"},
    {"Depth", "深度"},
    {"Engraving style", "刻法"},
    {"Cast in the metal (lines %.2f mm)", "随金属铸出（线宽 %.2f mm）"},
    {"Cut by laser after polishing (lines %.2f mm)", "抛光后激光刻字（线宽 %.2f mm）"},
    {"Set the stone in a bezel to engrave the back: its back is then closed", "改用包镶即可在背面刻字：包镶的背面随之封底"},
    {"A hidden bail lies on the back: choose a fixed or hinged bail to engrave it", "隐藏扣位于背面：改用固定扣或活动扣即可刻字"},
    {"On the back, closed behind the stone", "刻于背面，宝石后方封底"},
    {"Profile", "截面"},
    {"Width", "宽度"},
    {"Diameter", "直径"},
    {"Thickness", "厚度"},
    {"Taper to the top", "向顶部加宽加厚"},
    {"Top width", "顶部宽度"},
    {"Top thickness", "顶部厚度"},
    {"Style", "款式"},
    {"Centre stone", "主石"},
    {"Side stones", "副石"},
    {"Halo", "光环群镶"},
    {"Round the centre stone", "主石外镶一圈碎钻"},
    {"One each side of the centre", "主石两侧各镶一颗"},
    {"Gem", "宝石"},
    {"Cut", "形状"},
    {"Prongs", "爪数"},
    {"Prong", "爪径"},
    {"Stone", "石径"},
    {"Stones", "石数"},
    {"Shank stones", "戒臂镶石"},
    {"Setting", "镶嵌方式"},
    {"all round", "整圈"},
    {"Stones along the shank", "戒臂镶一排碎钻"},
    {"Reach", "镶到"},
    {"%.0f° each way", "左右各 %.0f°"},
    {"Download", "下载"},
    {"Save", "保存"},
    {"Factory zip", "生产文件包"},
    {"Price breakdown", "价格明细"},
    // formats (the same arguments in the same order)
    {"%.1f mm around, %.2f mm inside", "周长 %.1f mm，内径 %.2f mm"},
    {"HK %g   CN %g   US %g   UK %s", "港码 %g   内地 %g   美码 %g   英码 %s"},
    {"%.2f ct, %.2f x %.2f x %.2f mm", "%.2f 克拉，%.2f × %.2f × %.2f mm"},
    {"Carat", "石重"},
    {"Dimensions", "尺寸"},
    {"Display case", "展柜灯光"},
    {"%.2f ct", "%.2f 克拉"},
    {"%.0f mm³ of metal at %.2f g/cm³", "金属体积 %.0f mm³，密度 %.2f g/cm³"},
    {"%.2f g %s", "%.2f 克 %s"},
    {"%.2f g", "%.2f 克"},
    {"Casting checks: all %zu pass", "铸造检查：%zu 项全部合格"},
    {"Casting checks: %zu to look at", "铸造检查：%zu 项需留意"},
    {"Casting checks: %zu fail", "铸造检查：%zu 项不合格"},
    {"Casting checks: %zu fail, %zu warn", "铸造检查：%zu 项不合格，%zu 项需留意"},
    {"min %.2f", "最小 %.2f"},
    {"max %.0f%%", "最大 %.0f%%"},
    {"No price for %s", "%s 暂无报价"},
    {"Example prices: ", "示例价格："},
    {"Casting needs extra metal for the tree.", "铸造另需浇道用金。"},
    {"Design %s", "设计编号 %s"},
    // check rules, short
    {"Shank", "戒臂厚度"},
    {"Under the head", "镶口下戒臂"},
    {"Thinnest wall", "最薄壁厚"},
    {"Thinnest wire", "最细线径"},
    {"Prong size", "爪径"},
    {"Prong grip", "爪扣石量"},
    {"Seat notch", "石位深度"},
    {"Claw gap", "镶口间距"},
    {"Culet clearance", "底尖离手指"},
    {"Stone gap", "石间距"},
    {"Bead grip", "钉扣石量"},
    {"Row fits", "排石空间"},
    {"Channel wall", "槽边厚度"},
    {"Help me find my size", "帮我确定尺码"},
    {"A ring that fits that finger: measure straight across its inside.", "找一枚这根手指戴着合适的戒指，量它的内径（内圈直线距离）。"},
    {"Inside", "内径"},
    {"Use the ring's size", "用这枚戒指的尺码"},
    {"Or wrap a strip of paper round the base of the finger, mark where it meets, and measure it flat.", "或用纸条绕手指根部一圈，在交接处做记号，展开量长度。"},
    {"Strip", "纸条"},
    {"Use the strip's length", "用纸条的长度"},
    {"Stones all the way round cannot be resized: measure at the end of the day, when fingers are largest.", "整圈镶石的戒指无法改圈：请在傍晚手指最粗时测量。"},
    {"Fingers are largest at the end of the day. A jeweller can make this ring a size or two larger or smaller later.", "傍晚手指最粗。这款戒指日后可由首饰师傅改大或改小一到两个号。"},
    {"Face", "印面"},
    {"Shape", "形状"},
    {"Length", "长度"},
    {"Across", "宽度"},
    {"Letter lines", "字笔画宽"},
    {"Letter depth", "字深"},
    // toolbar and messages
    {"Undo", "撤销"},
    {"Redo", "重做"},
    {"Open", "打开"},
    {"Share", "分享"},
    {"Undo the last change (Ctrl+Z)", "撤销上一步 (Ctrl+Z)"},
    {"Redo (Ctrl+Shift+Z)", "重做 (Ctrl+Shift+Z)"},
    {"Open a saved design (.facet.json)", "打开已保存的设计 (.facet.json)"},
    {"Copy a link that opens exactly this design", "复制一个原样打开此设计的链接"},
    {"Show the configurator in Chinese", "切换到中文界面"},
    {"Copied where the browser allows. This link opens exactly this design:", "浏览器允许时已复制。此链接原样打开这个设计："},
    {"Opened %s", "已打开 %s"},
    {"%s could not be opened; your design is unchanged:", "%s 无法打开，当前设计没有改变："},
    {"Opened the design from the link", "已从链接打开设计"},
    {"%.0f%% (max %.0f%%)", "%.0f%%（最多 %.0f%%）"},
    {"%.2f mm (min %.2f)", "%.2f 毫米（至少 %.2f）"},
    // the designer's own templates (ui/gallery.cpp, app/app_templates.cpp)
    {"Your templates", "我的模板"},
    {"Remove this template", "删除此模板"},
    {"Remove \"%s\" from your templates?", "从我的模板中删除「%s」？"},
    {"Remove", "删除"},
    {"Keep", "保留"},
    {"Name", "名称"},
    {"Save as template", "存为模板"},
    {"Keep this design in the gallery under that name, in this browser", "以此名称把当前设计存入款式库（保存在本浏览器）"},
    {"Some of your saved templates could not be read and are not shown:", "部分已存模板无法读取，未显示："},
    {"The template was not saved:", "模板未保存："},
    {"The template was not removed:", "模板未删除："},
    {"Saved as the template \"%s\"", "已存为模板「%s」"},
    {"Removed the template \"%s\"", "已删除模板「%s」"},
    {"The template \"%s\" could not be opened; your design is unchanged:", "模板「%s」无法打开，当前设计没有改变："},
    {"The link could not be opened:", "链接无法打开："},
    {"Welcome back: your last design is restored (Undo goes to the default)", "欢迎回来：已恢复您上次的设计（撤销可回到默认款）"},
    {"The design spec: open it again, or send it to a factory", "设计文件：可再次打开，或发给工厂"},
    {"The metal, for a wax or resin printer", "金属部分，供蜡模或树脂打印"},
    {"Metal and stones, with the alloy, size and design id", "金属与宝石，含成色、尺码和设计编号"},
    {"A picture of the piece as you see it (1600 x 1200)", "当前视角的作品图片 (1600 × 1200)"},
    {"For web shops and AR viewers: metal and gems with their materials", "供网店与 AR 浏览：金属和宝石及其材质"},
    {"Everything a factory builds from: spec, STL, 3MF, GLB and report", "工厂生产所需的全部文件：设计、STL、3MF、GLB、报告"},
    // template titles (style_defaults.cpp)
    {"Plain band", "素圈"},
    {"Classic solitaire", "经典单钻"},
    {"Halo ring", "光环戒指"},
    {"Three-stone ring", "三石戒指"},
    {"Eternity band", "排钻戒指"},
    {"Signet ring", "印章戒指"},
    {"Solitaire pendant", "单钻吊坠"},
    {"Halo pendant", "光环吊坠"},
    {"Stud earrings", "耳钉"},
    {"Pearl ring", "珍珠戒指"},
    {"Pearl pendant", "珍珠吊坠"},
    {"Pearl studs", "珍珠耳钉"},
    {"Jadeite ring", "翡翠戒指"},
    {"Jadeite pendant", "翡翠吊坠"},
    {"Jadeite studs", "翡翠耳钉"},
    {"Post and back", "耳针与耳堵"},
    {"Setting and bail", "镶口与扣头"},
    {"Bail", "扣头"},
    {"Behind the piece: the chain runs out of sight", "藏于背面：链子从后面穿过"},
    {"Above the piece: a 4 mm opening", "在顶部：内孔 4 mm"},
    {"Bought in, it swings on a lug cast on top", "外购活动扣头，挂在顶部铸出的挂耳上"},
    {"Back", "耳堵"},
    {"Post", "耳针"},
    {"A pair: the price is for two", "一对：价格为两只"},
    {"2 x %.2f g %s", "2 × %.2f 克 %s"},
    // the review (ui/review.cpp)
    {"Review and order", "查看并下单"},
    {"Your piece", "您的设计"},
    {"%d × %s %s, %s mm, %.2f ct", "%d 粒 %s %s，%s 毫米，共 %.2f 克拉"},
    {"%d × %s %s, %s mm", "%d 粒 %s %s，%s 毫米"},
    {"%s %s, %.1f mm around", "%s %s，周长 %.1f 毫米"},
    {"%s, %.2f mm wide, %.2f mm thick", "%s，宽 %.2f 毫米，厚 %.2f 毫米"},
    {"Metal weight", "金重"},
    {"Share link", "分享链接"},
    {"Save design", "保存设计"},
    {"Order", "下单"},
    {"Change", "返回修改"},
    {"Back to the panel: every choice stays as it is", "回到面板继续修改，所有选择都会保留"},
    {"%s, %.1f × %.1f mm", "%s，%.1f × %.1f 毫米"},
    {"Colour", "颜色"},
    {"Clarity", "净度"},
    {"Not specified", "未指定"},
};

Language g_language = Language::en;

constexpr OptionText kOptions[] = {
    {"finish", "polished", "Polished", "抛光"},
    {"finish", "matte", "Matte", "哑光"},
    {"finish", "brushed", "Brushed", "拉丝"},
    {"finish", "hammered", "Hammered", "锤纹"},
    {"plating", "none", "None", "无"},
    {"plating", "rhodium", "Rhodium", "镀铑"},
    {"size", "iso", "ISO (mm around)", "ISO 周长"},
    {"size", "us", "US", "美码"},
    {"size", "uk", "UK", "英码"},
    {"size", "hk", "Hong Kong", "港码"},
    {"size", "jp", "Japan", "日码"},
    {"size", "cn", "China", "内地码"},
    {"engraving_location", "inside", "Inside", "内圈"},
    {"engraving_location", "outside", "Outside", "外圈"},
    {"signet_location", "inside", "Inside", "内圈"},
    {"signet_location", "outside", "Face", "印面"},
    {"engraving_style", "engraved", "Engraved", "凹刻"},
    {"engraving_style", "embossed", "Embossed", "凸字"},
    {"profile", "comfort", "Comfort", "舒适弧面"},
    {"profile", "court", "Court", "内外弧面"},
    {"profile", "d_shape", "D shape", "D 形"},
    {"profile", "flat", "Flat", "平面"},
    {"profile", "knife_edge", "Knife edge", "刀锋"},
    {"profile", "square", "Square", "方形"},
    {"style", "band", "Band", "素圈"},
    {"style", "solitaire", "Solitaire", "单钻"},
    {"style", "three_stone", "Three stone", "三石"},
    {"style", "halo", "Halo", "光环"},
    {"style", "eternity", "Eternity", "排钻"},
    {"style", "signet", "Signet", "印章戒"},
    {"style", "pendant_solitaire", "Pendant", "吊坠"},
    {"style", "pendant_halo", "Halo pendant", "光环吊坠"},
    {"pendant_setting", "bezel", "Bezel", "包镶"},
    {"pendant_setting", "prong", "Prongs", "爪镶"},
    {"bail", "fixed", "Fixed", "固定扣头"},
    {"bail", "hidden", "Hidden", "隐藏扣头"},
    {"bail", "hinged", "Hinged", "活动扣头"},
    {"signet_face", "oval", "Oval", "椭圆"},
    {"signet_face", "cushion", "Cushion", "枕形"},
    {"signet_face", "octagon", "Octagon", "八角形"},
    {"style", "stud", "Studs", "耳钉"},
    {"back", "push", "Push (butterfly)", "蝴蝶耳堵"},
    {"back", "screw", "Screw", "螺丝耳堵"},
    {"back", "lever", "Lever", "杠杆扣"},
    {"gem", "diamond", "Diamond", "钻石"},
    {"gem", "lab_diamond", "Lab diamond", "培育钻石"},
    {"gem", "moissanite", "Moissanite", "莫桑石"},
    {"gem", "sapphire", "Sapphire", "蓝宝石"},
    {"gem", "ruby", "Ruby", "红宝石"},
    {"gem", "emerald", "Emerald", "祖母绿"},
    {"gem", "spinel", "Spinel", "尖晶石"},
    {"gem", "topaz", "Topaz", "托帕石"},
    {"gem", "amethyst", "Amethyst", "紫水晶"},
    {"gem", "cz", "Cubic zirconia", "合成立方氧化锆"},
    {"gem", "jadeite", "Jadeite", "翡翠"},
    {"gem", "pearl", "Pearl", "珍珠"},
    {"setting", "pave", "Pave", "密钉镶"},
    {"setting", "channel", "Channel", "槽镶"},
    {"cut", "round", "Round", "圆形"},
    {"cut", "oval", "Oval", "椭圆形"},
    {"cut", "cabochon", "Cabochon", "蛋面"},
    {"cut", "cushion", "Cushion", "枕形"},
    {"cut", "pear", "Pear", "梨形"},
    {"cut", "marquise", "Marquise", "马眼形"},
    {"cut", "princess", "Princess", "公主方"},
    {"cut", "radiant", "Radiant", "雷迪恩"},
    {"cut", "emerald", "Emerald", "祖母绿形"},
    {"cut", "asscher", "Asscher", "阿斯切"},
};

}  // namespace

std::span<const Translation> translations() { return kTranslations; }
std::span<const OptionText> option_texts() { return kOptions; }

std::optional<Language> parse_language(std::string_view code) {
  std::string lower;
  for (char c : code.substr(0, 3)) lower += char(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "zh" || lower.starts_with("zh-") || lower.starts_with("zh_")) return Language::zh_cn;
  if (lower == "en" || lower.starts_with("en-") || lower.starts_with("en_")) return Language::en;
  return std::nullopt;
}

const char* language_code(Language language) { return language == Language::zh_cn ? "zh-CN" : "en"; }

Language language() { return g_language; }
void set_language(Language language) { g_language = language; }

const char* tr(const char* english) {
  if (g_language == Language::en) return english;
  static const std::unordered_map<std::string_view, const char*> chinese = [] {
    std::unordered_map<std::string_view, const char*> map;
    for (const Translation& t : kTranslations) map.emplace(t.en, t.zh);
    return map;
  }();
  const auto found = chinese.find(english);
  return found == chinese.end() ? english : found->second;
}

std::string tr_format(const char* english_format, std::string_view argument) {
  std::string text = tr(english_format);
  const size_t at = text.find("%s");
  if (at != std::string::npos) text.replace(at, 2, argument);
  return text;
}

const char* option_text(std::string_view group, const std::string& value) {
  for (const OptionText& option : kOptions) {
    if (group == option.group && value == option.value) return g_language == Language::zh_cn ? option.zh : option.en;
  }
  return value.c_str();
}

}  // namespace facet::ui
