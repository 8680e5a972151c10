from h import *
L,D=5,6; P=np.zeros((L,D)); T_=1e4
for t in range(L):
    for i in range(D//2):
        P[t,2*i]=np.sin(t/T_**(2*i/D)); P[t,2*i+1]=np.cos(t/T_**(2*i/D))
run('c1726_fleuret_positional', {}, P, fn=r'\mathrm{pos\text{-}enc}', dims={'L':L,'D':D})
