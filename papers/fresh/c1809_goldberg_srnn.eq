% Goldberg (2017), Sec. 15.1 (Elman / simple RNN), from memory of the printing: row vectors, superscripts name the
% matrices; shapes from the prose; g "a non-linear activation (usually tanh or ReLU)", tanh here (my addition)
\mathbf{x}_i \in \mathbb{R}^{d_x}, \mathbf{s}_{i-1} \in \mathbb{R}^{d_s}, \mathbf{W}^x \in \mathbb{R}^{d_x \times d_s}, \mathbf{W}^s \in \mathbb{R}^{d_s \times d_s}, \mathbf{b} \in \mathbb{R}^{d_s}

g(x) = \tanh(x)
\mathbf{s}_i = R_{SRNN}(\mathbf{x}_i, \mathbf{s}_{i-1}) = g(\mathbf{s}_{i-1}\mathbf{W}^s + \mathbf{x}_i\mathbf{W}^x + \mathbf{b})
