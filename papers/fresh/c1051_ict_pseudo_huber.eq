% Improved techniques for training consistency models, Song & Dhariwal (2023), Sec. 3.3: the pseudo-Huber
% metric between two samples
\mathbf{x}, \mathbf{y} \in \mathbb{R}^{D}, c \in \mathbb{R}

d(\mathbf{x}, \mathbf{y}) = \sqrt{\|\mathbf{x} - \mathbf{y}\|_2^2 + c^2} - c
