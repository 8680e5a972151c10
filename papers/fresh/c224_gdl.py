from h import *
rng=np.random.default_rng(224); N=9; r=(rng.random((2,N))<.5).astype(float); r[0,0]=1; r[1,1]=1; p=rng.random((2,N))
R,P=T(r),T(p); w=1/R.sum(1)**2
run('c224_gdl', {'r':r,'p':p}, (1-2*(w*(R*P).sum(1)).sum()/(w*(R+P).sum(1)).sum()).numpy(), fn='GDL')
