% pix2pix-style L1 of C x H x W images: entry-wise or per row cannot be told from the bars alone
y, g \in \mathbb{R}^{C \times H \times W}
L = \|y - g\|_1
% ~ERROR E0156
