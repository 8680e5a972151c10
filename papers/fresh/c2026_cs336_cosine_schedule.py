from h import *
Tw,Tc,amax,amin=10.,100.,1e-3,1e-4
def f(t):
    if t<Tw: return t/Tw*amax
    if t<=Tc: return amin+0.5*(1+np.cos((t-Tw)/(Tc-Tw)*np.pi))*(amax-amin)
    return amin
for t in (4.,55.,150.):
    run('c2026_cs336_cosine_schedule', {'t':t,'T_w':Tw,'T_c':Tc,r'\alpha_\text{max}':amax,r'\alpha_\text{min}':amin}, np.array(f(t)), fn=r'\alpha_t')
