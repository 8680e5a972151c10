% Stanford CS224n, Lecture on attention ("attention variants"), additive attention, as printed (from memory of the
% slide): encoder hidden states h_1..h_N in R^{d_1}, query s in R^{d_2}, W_1 in R^{d_3 x d_1}, W_2 in R^{d_3 x d_2},
% v in R^{d_3} (the slide's prose)
\mathbf{h}_1, \ldots, \mathbf{h}_N \in \mathbb{R}^{d_1}, \mathbf{s} \in \mathbb{R}^{d_2}, \mathbf{W}_1 \in \mathbb{R}^{d_3 \times d_1}, \mathbf{W}_2 \in \mathbb{R}^{d_3 \times d_2}, \mathbf{v} \in \mathbb{R}^{d_3}

e_i = \mathbf{v}^T \tanh(\mathbf{W}_1 \mathbf{h}_i + \mathbf{W}_2 \mathbf{s}) \in \mathbb{R}
