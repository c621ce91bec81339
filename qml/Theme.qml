pragma Singleton
import QtQuick

// Colours and sizes for a tablet in a bright exhibition hall: dark text on light surfaces
// (contrast above 7:1), touch targets of at least 48 px (56 used), 18 px body text.
QtObject {
    readonly property color background: "#eef1f5"
    readonly property color surface: "#ffffff"
    readonly property color text: "#10151c"
    readonly property color textMuted: "#3f4856"
    readonly property color line: "#c5ccd6"
    readonly property color primary: "#0b4f9c"
    readonly property color primaryText: "#ffffff"
    readonly property color ok: "#175a28"
    readonly property color amber: "#7f3d00"
    readonly property color amberSoft: "#ffe6c7"
    readonly property color danger: "#b0101c"
    readonly property color dangerSoft: "#ffd9dc"
    readonly property color info: "#0a4585"  // darker than primary: 7.7:1 on infoSoft too
    readonly property color infoSoft: "#dbe8f8"

    readonly property int touch: 56
    readonly property int gap: 16
    readonly property int radius: 8
    readonly property int fontSize: 18
    readonly property int smallSize: 16
    readonly property int titleSize: 26
}
