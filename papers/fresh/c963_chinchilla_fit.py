from h import *
N=np.array([4e8,1e9,7e10]); D=np.array([8e9,2e10,1.4e12])
run('c963_chinchilla_fit', {'N':N,'D':D}, 1.69+406.4/N**0.34+410.7/D**0.28, fn=r'\hat{L}')
