% A text-to-motion mixture of controllers, as summarised in public notes: the attention matrix A (motion frames x
% text tokens) gives each token i a soft mask over the frames, sharpened by gamma, thresholded at beta times the
% column's maximum
\mathbf{A} \in \mathbb{R}^{T \times L}, \gamma = 24, \beta = 0.25

\mathbf{M}_{*,i} = \mathrm{sigmoid}\left(\gamma(\mathbf{A}_{*,i} - \beta \max(\mathbf{A}_{*,i}))\right)
