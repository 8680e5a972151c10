from h import *
rng=np.random.default_rng(1081); n=5; b=rng.normal(size=(n,2)); bg=rng.normal(size=(n,2)); iou=rng.uniform(0,1,n); c=rng.uniform(1,3,n)
out=1-T(iou)+((T(b)-T(bg))**2).sum(1)/T(c)**2
run('c1081_diou', {r'\mathbf{b}':b, r'\mathbf{b}^{gt}':bg, 'IoU':iou, 'c':c}, out.numpy(), fn=r'\mathcal{L}_{DIoU}')
