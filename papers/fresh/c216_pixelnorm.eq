% Progressive growing of GANs, Karras et al. (2018), Sec. 4.2: pixelwise feature vector
% normalisation; N feature maps (prose), epsilon = 10^{-8}
a \in \mathbb{R}^{N \times H \times W}, \epsilon = 10^{-8}

b_{x,y} = a_{x,y} / \sqrt{\frac{1}{N} \sum_{j=0}^{N-1} (a^j_{x,y})^2 + \epsilon}
