% V-Net, Milletari, Navab & Ahmadi (2016), Eq. 1: the dice coefficient of the predicted segmentation
% p and the ground truth g over N voxels
p, g \in \mathbb{R}^{N}

D = \frac{2\sum_i^N p_i g_i}{\sum_i^N p_i^2 + \sum_i^N g_i^2}
