from h import *
rng=np.random.default_rng(1044); d=6; h=rng.normal(size=d); h/=np.linalg.norm(h); at=rng.normal(size=d); al=np.abs(rng.normal(size=d))*0.1
nz=lambda v: v/np.linalg.norm(v)
hA=nz(at)
run('c1044_ngpt_residual', {'h':h,r'\text{ATTN}(h)':at,r'\alpha_A':al}, nz(h+al*(hA-h)), fn='h')
