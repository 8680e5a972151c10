% everyday vocabulary: KL, positive part, braces, indicator, sin^2, means over an index
p, q, z \in \mathbb{R}^{3}
D = D_{\mathrm{KL}}(p \,\|\, q)
r = [z]_+ + (z)_+
b = 2 \left\{ z + 1 \right\}
o = \mathbb{I}\{z > 0\}
s = \sin^2(z) + \cos^2 z
m = \hat{\mathbb{E}}_t[z_t^2]
k = \mathrm{argmax}(z)
