from h import *
rng=np.random.default_rng(763); N=8; x=rng.uniform(size=N); y=x+0.1*rng.normal(size=N); C1,C2=1e-4,9e-4
mx,my=x.mean(),y.mean(); sx2=x.var(ddof=1); sy2=y.var(ddof=1); sxy=((x-mx)*(y-my)).sum()/(N-1)
run('c763_ssim', {'x':x,'y':y,'C_1':C1,'C_2':C2}, np.array((2*mx*my+C1)*(2*sxy+C2)/((mx**2+my**2+C1)*(sx2+sy2+C2))), fn='SSIM')
