% Two attention heads concatenated and projected (Vaswani et al., 2017, §3.2.2, with h = 2)
a, b \in \mathbb{R}^{d_v}, W^O \in \mathbb{R}^{2d_v \times d_{model}}

o = \mathrm{Concat}(a, b)W^O
