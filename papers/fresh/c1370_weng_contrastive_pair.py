from h import *
rng=np.random.default_rng(1370); d=4; a=rng.normal(size=d)*0.3; b=rng.normal(size=d)*0.3; eps=2.0
dist=np.linalg.norm(a-b)
for yi,yj,tag in ((1.,1.,'same'),(1.,2.,'diff')):
    exp=(yi==yj)*dist**2+(yi!=yj)*max(0,eps-dist)**2
    run('c1370_weng_contrastive_pair', {r'f_\theta(\mathbf{x}_i)':a, r'f_\theta(\mathbf{x}_j)':b, 'y_i':yi, 'y_j':yj, r'\epsilon':eps}, np.array(exp), fn=r'\mathcal{L}_\text{cont}')
