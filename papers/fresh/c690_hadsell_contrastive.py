from h import *
rng=np.random.default_rng(690); d=6
a,b=rng.normal(size=d),rng.normal(size=d); m=4.0
D=np.linalg.norm(a-b)
for Y in (0.0,1.0):
    run('c690_hadsell_contrastive', {r'G_W(\vec{X}_1)':a, r'G_W(\vec{X}_2)':b, 'Y':Y, 'm':m},
        (1-Y)*0.5*D**2 + Y*0.5*max(0,m-D)**2, fn='L')
