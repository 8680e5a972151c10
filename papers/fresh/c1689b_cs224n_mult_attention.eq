% Stanford CS224n, Lecture on attention ("attention variants"), multiplicative attention, as printed (from memory of
% the slide): encoder hidden states h_1..h_N in R^{d_1}, query s in R^{d_2}, W in R^{d_2 x d_1} (the slide's prose)
\mathbf{h}_1, \ldots, \mathbf{h}_N \in \mathbb{R}^{d_1}, \mathbf{s} \in \mathbb{R}^{d_2}, \mathbf{W} \in \mathbb{R}^{d_2 \times d_1}

e_i = \mathbf{s}^T \mathbf{W} \mathbf{h}_i \in \mathbb{R}
