% YOLO, Redmon et al. (2016), Eq. 3, first two lines: the coordinate terms, 1^{obj}_{ij} indicating that
% predictor j of cell i is responsible; the cell's predicted and true box per cell (prose), S^2 cells
\mathbb{1}^{obj} \in \mathbb{R}^{S^2 \times B}, x, y, w, h, \hat{x}, \hat{y}, \hat{w}, \hat{h} \in \mathbb{R}^{S^2}, \lambda_{coord} \in \mathbb{R}

L = \lambda_{coord} \sum_{i=0}^{S^2} \sum_{j=0}^{B} \mathbb{1}^{obj}_{ij} \left[ (x_i - \hat{x}_i)^2 + (y_i - \hat{y}_i)^2 \right] + \lambda_{coord} \sum_{i=0}^{S^2} \sum_{j=0}^{B} \mathbb{1}^{obj}_{ij} \left[ \left(\sqrt{w_i} - \sqrt{\hat{w}_i}\right)^2 + \left(\sqrt{h_i} - \sqrt{\hat{h}_i}\right)^2 \right]
