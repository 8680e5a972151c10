% ECA-Net, Wang et al. (2020), Sec. 3.1: the channel-wise global average pooling of the output of a convolution
% block, \chi \in R^{W x H x C} (prose)
\chi \in \mathbb{R}^{W \times H \times C}

g(\chi) = \frac{1}{WH} \sum_{i=1,j=1}^{W,H} \chi_{ij}
