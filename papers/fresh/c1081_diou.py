from h import *
rng=np.random.default_rng(1081); b=rng.normal(size=2); bg=rng.normal(size=2); iou=0.6; c=2.5
out=1-iou+((T(b)-T(bg))**2).sum()/c**2
run('c1081_diou', {r'\mathbf{b}':b, r'\mathbf{b}^{gt}':bg, 'IoU':iou, 'c':c}, out.numpy(), fn=r'\mathcal{L}_{DIoU}')
