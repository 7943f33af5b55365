package dev.mandel.tiles;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PyramidGeometryTest {

    @Test
    void levelsHalveRoundingUpDownToOnePixel() {
        PyramidGeometry g = new PyramidGeometry(1000, 300, 256);
        assertEquals(10, g.maxLevel());            // 2^10 = 1024 >= 1000
        assertEquals(1000, g.levelWidth(10));
        assertEquals(500, g.levelWidth(9));
        assertEquals(150, g.levelHeight(9));
        assertEquals(63, g.levelWidth(6));           // 1000 / 16 = 62.5
        assertEquals(19, g.levelHeight(6));          // 300 / 16 = 18.75
        assertEquals(1, g.levelWidth(0));
        assertEquals(1, g.levelHeight(0));
        assertEquals(4, g.columns(10));
        assertEquals(232, g.tileWidth(10, 3));
        assertEquals(0, new PyramidGeometry(1, 1, 256).maxLevel());
        assertEquals(1, new PyramidGeometry(2, 1, 256).maxLevel());
    }

    @Test
    void zOrderVisitsEveryBaseTileOnceAndKeepsSiblingsTogether() {
        PyramidGeometry g = new PyramidGeometry(5 * 64 - 3, 3 * 64, 64);   // 5x3 tiles, not a power of two
        int n = (int) g.baseTiles();
        assertEquals(15, n);
        Set<Integer> seen = new HashSet<>();
        int[] previousParent = null;
        Set<Integer> finishedParents = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int[] cr = g.baseTileAt(i);
            assertTrue(cr[0] < 5 && cr[1] < 3, "tile outside the grid");
            assertTrue(seen.add(cr[1] * 5 + cr[0]), "tile visited twice");
            int[] parent = {cr[0] / 2, cr[1] / 2};
            if (previousParent != null && (previousParent[0] != parent[0] || previousParent[1] != parent[1])) {
                assertTrue(finishedParents.add(previousParent[1] * 100 + previousParent[0]));
            }
            assertTrue(!finishedParents.contains(parent[1] * 100 + parent[0]), "a parent's children are not together");
            previousParent = parent;
        }
        assertEquals(15, seen.size());
    }
}
