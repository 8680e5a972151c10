% DiT, Peebles & Xie (2023), adaLN-Zero block as its reference code writes modulate(): x the T tokens of
% one sample, D wide; shift, scale, gate regressed from the conditioning (prose)
x, h \in \mathbb{R}^{T \times D}, \mathrm{shift}, \mathrm{scale}, \alpha \in \mathbb{R}^{D}

m = x * (1 + \mathrm{scale}) + \mathrm{shift}
y = x + \alpha * h
