% WaveNet, van den Oord et al. (2016), Eq. 2: the gated activation unit, * a (causal) convolution, k the layer,
% f and g the filter and gate; a single channel: filters of K taps over a signal of T samples
W_{f,k}, W_{g,k} \in \mathbb{R}^{K}, \mathbf{x} \in \mathbb{R}^{T}

\mathbf{z} = \tanh(W_{f,k} * \mathbf{x}) \odot \sigma(W_{g,k} * \mathbf{x})
